#pragma once

#include "secure_wipe.h"

#include <QBuffer>

namespace pbx {

// A request body that may hold a password, owned here alone: QBuffer reads
// straight from this array (Qt's upload path takes no shared copy of a
// QBuffer's data), so nothing else holds a reference to it, and it is
// overwritten when the buffer goes, i.e. once its reply has finished.
class WipedBuffer : public QBuffer
{
public:
    explicit WipedBuffer(QByteArray bytes, QObject *parent = nullptr) : QBuffer(parent), m_bytes(std::move(bytes))
    {
        m_bytes.detach();
        setBuffer(&m_bytes);
        open(QIODevice::ReadOnly);
    }
    ~WipedBuffer() override
    {
        close();
        secureWipe(m_bytes);
    }
    WipedBuffer(const WipedBuffer &) = delete;
    WipedBuffer &operator=(const WipedBuffer &) = delete;

    // No one shares the bytes: the wipe reaches the only copy.
    bool holdsOnlyCopy() const { return m_bytes.isDetached(); }

private:
    QByteArray m_bytes;
};

} // namespace pbx
