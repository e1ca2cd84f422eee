#pragma once

#include <QByteArray>
#include <QString>

namespace pbx {

// Overwrites and empties a buffer that held a password, passcode, secret or
// token. Best effort: copies made earlier through implicit sharing are not
// reached, so callers keep secrets in as few places as they can.
void secureWipe(QByteArray &bytes);
void secureWipe(QString &text);

// Holds a secret and wipes it when it goes out of scope.
template <typename T>
class WipeOnExit
{
public:
    explicit WipeOnExit(T &secret) : m_secret(secret) {}
    ~WipeOnExit() { secureWipe(m_secret); }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

private:
    T &m_secret;
};

} // namespace pbx
