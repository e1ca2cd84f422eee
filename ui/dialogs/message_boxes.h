#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <optional>
#include <functional>

namespace pbx::ui {

// Every message box and blocking dialog goes through here, so tests can
// answer what would otherwise block in exec().
class MessageBoxes
{
    Q_DECLARE_TR_FUNCTIONS(pbx::ui::MessageBoxes)

public:
    // Gets the dialog (a QMessageBox or another QDialog) and returns what
    // exec() would: the StandardButton for a message box, else the result.
    using Hook = std::function<int(QDialog &dialog)>;
    // With a hook set, nothing is shown: the hook answers.
    static void setTestHook(Hook hook);

    static QMessageBox::StandardButton exec(QMessageBox &box);
    static int exec(QDialog &dialog);

    // "Sign out?" with Sign out as the default. True to sign out.
    static bool confirmSignOut(QWidget *parent);
    // A question whose Yes button says `yes` (Cancel is the default).
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes);
    // A line of text, or nullopt if cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
};

} // namespace pbx::ui
