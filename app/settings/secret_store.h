#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace pbx {

// The OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows
// Credential Store) for client secrets. There is no insecure fallback: if no
// keychain is available, nothing is stored and the user is asked again.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QString service, QObject *parent = nullptr);

    // nullopt when there is no entry or no keychain.
    void read(const QString &key, std::function<void(std::optional<QString>)> done);
    // false when it could not be stored.
    void write(const QString &key, const QString &secret, std::function<void(bool)> done);

private:
    QString m_service;
};

} // namespace pbx
