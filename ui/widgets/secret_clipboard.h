#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMimeData;

namespace pbx::ui {

// Copies a secret so clipboard managers know not to keep it
// (x-kde-passwordManagerHint, Windows' ExcludeClipboardContentFromMonitorProcessing,
// macOS' org.nspasteboard.ConcealedType), and clears it after a while if it
// is still there; also, sooner, when this object goes (its dialog closed)
// or the application quits.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int ClearAfterMs = 30000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;
    void copy(const QString &secret);
    static QMimeData *secretMimeData(const QString &secret);

    // Clears the clipboard if it still holds what copy() put there.
    void clearIfStillOurs();

private:
    QString m_copied;
};

} // namespace pbx::ui
