<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>pbx::PortalError</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>The portal is busy. Try again in %n second.</numerusform>
            <numerusform>The portal is busy. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::cli::Cli</name>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s).</source>
        <translation>
            <numerusform>The portal is busy, trying again in %n second.</numerusform>
            <numerusform>The portal is busy, trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Multi-factor authentication must be set up by %1 (%n day(s) left). Sign in with pbx-admin to set it up.</source>
        <translation>
            <numerusform>Multi-factor authentication must be set up by %1 (%n day left). Sign in with pbx-admin to set it up.</numerusform>
            <numerusform>Multi-factor authentication must be set up by %1 (%n days left). Sign in with pbx-admin to set it up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::AttemptStatus</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy. Enter a new code in %n second(s).</source>
        <translation>
            <numerusform>The portal is busy. Enter a new code in %n second.</numerusform>
            <numerusform>The portal is busy. Enter a new code in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s)…</source>
        <translation>
            <numerusform>The portal is busy, trying again in %n second…</numerusform>
            <numerusform>The portal is busy, trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::AuditDialog</name>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentDashboard</name>
    <message numerus="yes">
        <source>%n domain(s), %1 users: %2 enrolled (%3 of those required), %4 pending, %5 overdue, %6 not required, %7 locked</source>
        <translation>
            <numerusform>%n domain, %1 users: %2 enrolled (%3 of those required), %4 pending, %5 overdue, %6 not required, %7 locked</numerusform>
            <numerusform>%n domains, %1 users: %2 enrolled (%3 of those required), %4 pending, %5 overdue, %6 not required, %7 locked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log records no enrollments in the last %n week(s).</source>
        <translation>
            <numerusform>The audit log records no enrollments in the last %n week.</numerusform>
            <numerusform>The audit log records no enrollments in the last %n weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentTrendChart</name>
    <message numerus="yes">
        <source>%1 enrollments in the %n weeks from %2; the busiest week had %3. The table &quot;By week&quot; lists every week.</source>
        <translation>
            <numerusform>%1 enrollments in the %n weeks from %2; the busiest week had %3. The table &quot;By week&quot; lists every week.</numerusform>
            <numerusform>%1 enrollments in the %n weeks from %2; the busiest week had %3. The table &quot;By week&quot; lists every week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1, so far: %n enrolled</source>
        <translation>
            <numerusform>Week of %1, so far: %n enrolled</numerusform>
            <numerusform>Week of %1, so far: %n enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n enrolled</source>
        <translation>
            <numerusform>Week of %1: %n enrolled</numerusform>
            <numerusform>Week of %1: %n enrolled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::HelpDeskConsole</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require multi-factor authentication for %n user(s): %1? Those not yet enrolled must set it up at their next sign-in.</source>
        <translation>
            <numerusform>Require multi-factor authentication for %n user: %1? Those not yet enrolled must set it up at their next sign-in.</numerusform>
            <numerusform>Require multi-factor authentication for %n users: %1? Those not yet enrolled must set it up at their next sign-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop requiring multi-factor authentication for %n user(s): %1?</source>
        <translation>
            <numerusform>Stop requiring multi-factor authentication for %n user: %1?</numerusform>
            <numerusform>Stop requiring multi-factor authentication for %n users: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset multi-factor authentication for %n user(s): %1? Their authenticator stops working, they must set it up again at their next sign-in, and their current sessions end.</source>
        <translation>
            <numerusform>Reset multi-factor authentication for %n user: %1? Their authenticator stops working, they must set it up again at their next sign-in, and their current sessions end.</numerusform>
            <numerusform>Reset multi-factor authentication for %n users: %1? Their authenticator stops working, they must set it up again at their next sign-in, and their current sessions end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MFA is now required for %n more user(s).</source>
        <translation>
            <numerusform>MFA is now required for %n more user.</numerusform>
            <numerusform>MFA is now required for %n more users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n user(s) locked after failed sign-in attempts: %1?</source>
        <translation>
            <numerusform>Unlock %n user locked after failed sign-in attempts: %1?</numerusform>
            <numerusform>Unlock %n users locked after failed sign-in attempts: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Have the portal remind %n user(s) to set up multi-factor authentication: %1?</source>
        <translation>
            <numerusform>Have the portal remind %n user to set up multi-factor authentication: %1?</numerusform>
            <numerusform>Have the portal remind %n users to set up multi-factor authentication: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::MainWindow</name>
    <message numerus="yes">
        <source>, %n recovery code(s) left</source>
        <translation>
            <numerusform>, %n recovery code left</numerusform>
            <numerusform>, %n recovery codes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set up multi-factor authentication by %1: %n day(s) left. After that, nothing of the portal can be used until it is set up.</source>
        <translation>
            <numerusform>Set up multi-factor authentication by %1: %n day left. After that, nothing of the portal can be used until it is set up.</numerusform>
            <numerusform>Set up multi-factor authentication by %1: %n days left. After that, nothing of the portal can be used until it is set up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::MfaEnrollmentDialog</name>
    <message numerus="yes">
        <source>Algorithm %1, %n digits, a new code every %2 seconds.</source>
        <translation>
            <numerusform>Algorithm %1, %n digit, a new code every %2 seconds.</numerusform>
            <numerusform>Algorithm %1, %n digits, a new code every %2 seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your portal will require a code from an authenticator app each time you sign in to this account. %n day(s) left: after %1 nothing of the portal can be used until it is set up. It takes a minute.</source>
        <translation>
            <numerusform>Your portal will require a code from an authenticator app each time you sign in to this account. %n day left: after %1 nothing of the portal can be used until it is set up. It takes a minute.</numerusform>
            <numerusform>Your portal will require a code from an authenticator app each time you sign in to this account. %n days left: after %1 nothing of the portal can be used until it is set up. It takes a minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::SignInWindow</name>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s)…</source>
        <translation>
            <numerusform>The portal is busy, trying again in %n second…</numerusform>
            <numerusform>The portal is busy, trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::UserPage</name>
    <message numerus="yes">
        <source>The last %1 of %n event(s); the audit log has them all.</source>
        <translation>
            <numerusform>The last %1 of %n event; the audit log has them all.</numerusform>
            <numerusform>The last %1 of %n events; the audit log has them all.</numerusform>
        </translation>
    </message>
</context>
</TS>
