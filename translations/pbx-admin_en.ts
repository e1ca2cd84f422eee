<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>pbx::PortalError</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform><numerusform>Too many attempts. Try again in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>pbx::ui::AttemptStatus</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform><numerusform>Too many attempts. Try again in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>pbx::ui::MfaEnrollmentDialog</name>
    <message numerus="yes">
        <source>Algorithm %1, %n digits, a new code every %2 seconds.</source>
        <translation>
            <numerusform>Algorithm %1, %n digit, a new code every %2 seconds.</numerusform><numerusform>Algorithm %1, %n digits, a new code every %2 seconds.</numerusform></translation>
    </message>
</context>
</TS>