#include "secret_clipboard.h"

#include "common/secure_wipe.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace pbx::ui {

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent)
{
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearIfStillOurs);
}

SecretClipboard::~SecretClipboard()
{
    // The timer dies with this object: the clear must not.
    if (qApp)
        clearIfStillOurs();
    secureWipe(m_copied);
}

QMimeData *SecretClipboard::secretMimeData(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    data->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    data->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
    return data;
}

void SecretClipboard::copy(const QString &secret)
{
    QGuiApplication::clipboard()->setMimeData(secretMimeData(secret));
    m_copied = secret;
    QTimer::singleShot(ClearAfterMs, this, &SecretClipboard::clearIfStillOurs);
}

void SecretClipboard::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Only ours: whatever the user copied since stays.
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    secureWipe(m_copied);
}

} // namespace pbx::ui
