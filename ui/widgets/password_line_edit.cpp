#include "password_line_edit.h"

#include <QAction>
#include <QIcon>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace pbx::ui {

namespace {
// An eye, crossed out while the password is shown (the action then hides it).
// The icon draws itself at whatever size and pixel ratio it is shown: sharp
// on every screen, and nothing is drawn before the first paint.
class EyeIconEngine : public QIconEngine
{
public:
    EyeIconEngine(const QColor &color, bool crossed) : m_color(color), m_crossed(crossed) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(0.4f);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        const qreal s = std::min(rect.width(), rect.height()) / 16.0;
        painter->setPen(QPen(color, 1.3 * s));
        painter->setBrush(Qt::NoBrush);
        QPainterPath eye;
        eye.moveTo(1.5 * s, 8 * s);
        eye.quadTo(8 * s, 1.5 * s, 14.5 * s, 8 * s);
        eye.quadTo(8 * s, 14.5 * s, 1.5 * s, 8 * s);
        painter->drawPath(eye);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(8 * s, 8 * s), 2.2 * s, 2.2 * s);
        if (m_crossed)
            painter->drawLine(QPointF(2.5 * s, 13.5 * s), QPointF(13.5 * s, 2.5 * s));
        painter->restore();
    }

    // QIcon asks for device pixels and sets the pixel ratio itself.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new EyeIconEngine(m_color, m_crossed); }

private:
    QColor m_color;
    bool m_crossed;
};
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
    m_reveal->setIcon(QIcon(new EyeIconEngine(color, revealed)));
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
