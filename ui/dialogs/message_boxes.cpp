#include "message_boxes.h"

#include <QInputDialog>
#include <QPushButton>
#include <QTimer>

namespace pbx::ui {

static MessageBoxes::Hook &hook()
{
    static MessageBoxes::Hook h;
    return h;
}

void MessageBoxes::setTestHook(Hook h)
{
    hook() = std::move(h);
}

QMessageBox::StandardButton MessageBoxes::exec(QMessageBox &box)
{
    return QMessageBox::StandardButton(exec(static_cast<QDialog &>(box)));
}

int MessageBoxes::exec(QDialog &dialog)
{
    if (hook())
        return hook()(dialog);
    return dialog.exec();
}

void MessageBoxes::open(QDialog *dialog, std::function<void(int result)> done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (done)
        QObject::connect(dialog, &QDialog::finished, dialog, std::move(done));
    if (!hook())
        return dialog->open();
    // The test answers now, as a user would have read it now; the answer
    // arrives from the event loop, as a click would.
    const int answer = hook()(*dialog);
    if (answer == LeaveOpen)
        return dialog->open();
    QTimer::singleShot(0, dialog, [dialog, answer] { dialog->done(answer); });
}

static void say(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText); // messages from the portal, never markup
    box->setDefaultButton(QMessageBox::Ok);
    MessageBoxes::open(box);
}

bool MessageBoxes::confirmSignOut(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Sign out?"),
                    tr("Multi-factor authentication is not complete. Sign out now?"),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Yes)->setText(tr("Sign out"));
    box.button(QMessageBox::Cancel)->setText(tr("Stay"));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::Cancel);
    return exec(box) == QMessageBox::Yes;
}

bool MessageBoxes::confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // names and messages from the portal, never markup
    box.button(QMessageBox::Yes)->setText(yes);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return exec(box) == QMessageBox::Yes;
}

std::optional<QString> MessageBoxes::askText(QWidget *parent, const QString &title, const QString &label)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("askTextDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    if (exec(dialog) != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return std::nullopt;
    return dialog.textValue().trimmed();
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    say(QMessageBox::Information, parent, title, text);
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    say(QMessageBox::Warning, parent, title, text);
}

} // namespace pbx::ui
