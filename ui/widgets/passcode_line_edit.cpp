#include "passcode_line_edit.h"

#include <QFontDatabase>

namespace pbx::ui {

PasscodeLineEdit::PasscodeLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.4);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    setFont(mono);
    connect(this, &QLineEdit::textChanged, this, &PasscodeLineEdit::normalize);
    setDigits(6);
}

void PasscodeLineEdit::setDigits(int digits)
{
    m_digits = digits;
    setPlaceholderText(QString(digits, QLatin1Char('0')));
    normalize();
}

void PasscodeLineEdit::normalize()
{
    const QString current = text();
    QString digitsOnly;
    for (const QChar c : current) {
        if (c.isDigit() && c.unicode() < 128)
            digitsOnly += c;
    }
    digitsOnly.truncate(m_digits);
    if (digitsOnly != current) {
        const int cursor = std::min<int>(cursorPosition(), int(digitsOnly.size()));
        setText(digitsOnly); // re-enters once with clean text
        setCursorPosition(cursor);
    }
}

} // namespace pbx::ui
