#pragma once

#include <QIODevice>

namespace pbx::cli {

// What the CLI prints passes through this: names, messages and codes come
// from the portal, and a control character among them (an escape sequence,
// a carriage return, a C1 control) would let a hostile portal rewrite the
// terminal, its title or what the user sees of earlier lines. Each one
// becomes U+FFFD; tabs, line feeds and CR LF line ends pass. Write-only,
// over UTF-8 text.
class ControlCharacterFilter final : public QIODevice
{
    Q_OBJECT
public:
    // `target` must outlive this device and be open for writing.
    explicit ControlCharacterFilter(QIODevice *target, QObject *parent = nullptr);

    // The same replacement, on a whole text.
    static QByteArray filtered(QByteArrayView utf8);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
};

} // namespace pbx::cli
