#pragma once

#include <QLineEdit>

namespace pbx::ui {

// Digits only, as many as the enrollment says. Spaces, dashes and other
// separators in pasted text are dropped ("123 456" and "123-456" work).
class PasscodeLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PasscodeLineEdit(QWidget *parent = nullptr);
    void setDigits(int digits);
    int digits() const { return m_digits; }
    bool isComplete() const { return text().size() == m_digits; }

private:
    void normalize();
    int m_digits = 6;
};

} // namespace pbx::ui
