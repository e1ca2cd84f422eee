// The floor pbx-admin's start-up is compared with: a minimal Qt Widgets
// dialog, about the size of the sign-in window, built with the same flags and
// linking nothing but Qt Widgets.
#include "common/first_paint.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QDialog dialog;
    auto *form = new QFormLayout(&dialog);
    form->addRow(QStringLiteral("Portal"), new QLineEdit(&dialog));
    form->addRow(QStringLiteral("Username"), new QLineEdit(&dialog));
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(QStringLiteral("Password"), password);
    form->addRow(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog));
    pbx::FirstPaintHook::measureIfAsked(&dialog);
    dialog.show();
    return app.exec();
}
