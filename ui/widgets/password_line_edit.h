#pragma once

#include <QLineEdit>

class QAction;

namespace pbx::ui {

// A masked field with a trailing show/hide action.
class PasswordLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PasswordLineEdit(QWidget *parent = nullptr);
    QAction *revealAction() const { return m_reveal; }
    // Empties the field and masks it again.
    void wipe();

private:
    void setRevealed(bool revealed);
    QAction *m_reveal;
};

} // namespace pbx::ui
