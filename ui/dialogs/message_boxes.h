#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <optional>
#include <functional>

namespace pbx::ui {

// Every message box and dialog that waits for an answer goes through here,
// so tests can answer it. What a network reply opens uses open(): a
// heap-allocated dialog, window-modal, with no nested event loop under the
// callback, deleted when closed or with its parent. exec() is for what the
// user's own click asks (a confirmation before an action).
class MessageBoxes
{
    Q_DECLARE_TR_FUNCTIONS(pbx::ui::MessageBoxes)

public:
    // Gets the dialog (a QMessageBox or another QDialog) and returns what
    // exec() would: the StandardButton for a message box, else the result.
    // For open(), LeaveOpen leaves the dialog open and unanswered.
    using Hook = std::function<int(QDialog &dialog)>;
    static constexpr int LeaveOpen = -1;
    // With a hook set, nothing is shown: the hook answers.
    static void setTestHook(Hook hook);

    static QMessageBox::StandardButton exec(QMessageBox &box);
    static int exec(QDialog &dialog);
    // Opens `dialog` (heap-allocated; it deletes itself when closed) and
    // returns at once. `done` gets its result from the event loop, unless the
    // dialog has gone first (with its parent).
    static void open(QDialog *dialog, std::function<void(int result)> done = {});

    // "Sign out?" with Sign out as the default. True to sign out.
    static bool confirmSignOut(QWidget *parent);
    // A question whose Yes button says `yes` (Cancel is the default).
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes);
    // A line of text, or nullopt if cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label);
    // Say something and return at once (open()): safe from a reply.
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
};

} // namespace pbx::ui
