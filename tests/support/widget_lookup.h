#pragma once

#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace pbx::test {

// A named child widget, or null (also when the parent is null).
template <typename T = QWidget>
T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// Focuses the named line edit and types into it, key by key, as a user
// would. False if there is no such line edit.
[[nodiscard]] inline bool typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    if (!edit)
        return false;
    edit->setFocus();
    QTest::keyClicks(edit, text);
    return true;
}

} // namespace pbx::test
