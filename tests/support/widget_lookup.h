#pragma once

#include <QWidget>

namespace pbx::test {

// A named child widget, or null (also when the parent is null).
template <typename T = QWidget>
T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

} // namespace pbx::test
