#pragma once

#include <QDateTime>
#include <QString>

namespace pbx::sim {

class SmtpRelay;

// A notice the portal sends a user without being asked (MFA enrolled or
// reset, a temporary access code issued or used, a recovery code used, the
// account locked, a reminder). Never carries a code or a secret.
struct Notice
{
    QString toName;
    QString toAddress;
    QString subject;
    QString body;
};

// Delivers notices as RFC 5322 messages into a Maildir (DIR/tmp, then
// renamed into DIR/new, one file per message), which any mail client reads,
// and, with a relay set, sends them on by SMTP.
class Outbox
{
public:
    // The envelope and From address: notices are not answered.
    static constexpr char SenderAddress[] = "no-reply@pbx-portal.invalid";

    // `from` names the portal (its issuer) in the From header.
    Outbox(QString dir, QString from);

    // Creates the Maildir's folders (owner-only). False, saying why, if it
    // cannot.
    bool open(QString *error);
    // False if the message could not be written; the portal's answer does
    // not depend on it.
    bool deliver(const Notice &notice, const QDateTime &now);

    const QString &dir() const { return m_dir; }
    // Also hands each message to this relay (not owned), after the Maildir.
    void setRelay(SmtpRelay *relay) { m_relay = relay; }

    // The message as written: headers (non-ASCII words RFC 2047-encoded),
    // a blank line, the body; CRLF line ends.
    static QByteArray format(const Notice &notice, const QString &from, const QDateTime &now, const QByteArray &messageId);

private:
    QString m_dir;
    QString m_from;
    quint64 m_sequence = 0;
    SmtpRelay *m_relay = nullptr;
};

} // namespace pbx::sim
