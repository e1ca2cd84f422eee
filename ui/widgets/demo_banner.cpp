#include "demo_banner.h"

namespace pbx::ui {

DemoBanner::DemoBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setText(tr("Demo portal: simulated data on this computer, not a real PBX."));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(6);
    // Fixed colours: the strip must read the same in light and dark themes.
    setStyleSheet(QStringLiteral("QLabel#demoBanner { background: #fff3c4; color: #5c4400; border-radius: 4px; }"));
}

} // namespace pbx::ui
