#include "secret_store.h"

#include "common/logging.h"

#include <qt6keychain/keychain.h>

namespace pbx {

SecretStore::SecretStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

void SecretStore::read(const QString &key, std::function<void(std::optional<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            if (j->error() != QKeychain::EntryNotFound)
                qCInfo(lcPortal) << "keychain unavailable:" << j->errorString();
            return done(std::nullopt);
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, std::function<void(bool)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            qCInfo(lcPortal) << "keychain write failed:" << j->errorString(); // the value is never logged
        done(j->error() == QKeychain::NoError);
    });
    job->start();
}

} // namespace pbx
