#include "password_line_edit.h"

#include <QAction>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace pbx::ui {

namespace {
// An eye, drawn so it exists in every theme; crossed out when hidden.
QIcon eyeIcon(const QColor &color, bool crossed)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 16.0;
        p.setPen(QPen(color, 1.3 * s));
        QPainterPath eye;
        eye.moveTo(1.5 * s, 8 * s);
        eye.quadTo(8 * s, 1.5 * s, 14.5 * s, 8 * s);
        eye.quadTo(8 * s, 14.5 * s, 1.5 * s, 8 * s);
        p.drawPath(eye);
        p.setBrush(color);
        p.drawEllipse(QPointF(8 * s, 8 * s), 2.2 * s, 2.2 * s);
        if (crossed)
            p.drawLine(QPointF(2.5 * s, 13.5 * s), QPointF(13.5 * s, 2.5 * s));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}
} // namespace

PasswordLineEdit::PasswordLineEdit(QWidget *parent) : QLineEdit(parent), m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_reveal->setCheckable(true);
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &PasswordLineEdit::setRevealed);
    setRevealed(false);
}

void PasswordLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    const QColor color = palette().color(QPalette::Text);
    m_reveal->setIcon(eyeIcon(color, revealed));
    m_reveal->setText(revealed ? tr("Hide password") : tr("Show password"));
    m_reveal->setToolTip(m_reveal->text());
}

void PasswordLineEdit::wipe()
{
    // QLineEdit keeps undo history; clear() discards it with the text.
    clear();
    m_reveal->setChecked(false);
}

} // namespace pbx::ui
