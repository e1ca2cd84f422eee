#pragma once

#include <QLabel>

namespace pbx::ui {

// The strip every window shows in --demo mode.
class DemoBanner : public QLabel
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);
};

} // namespace pbx::ui
