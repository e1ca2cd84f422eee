#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace pbx::ui {

// Error text in the same dark red everywhere. Through the palette, not a
// style sheet: a style sheet puts the widget under QStyleSheetStyle, which
// cost the sign-in window a noticeable part of its first frame.
inline void showAsError(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
}

} // namespace pbx::ui
