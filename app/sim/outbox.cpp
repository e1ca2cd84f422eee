#include "outbox.h"

#include "common/logging.h"
#include "crypto/random_bytes.h"
#include "sim_store.h"
#include "smtp_relay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pbx::sim {

namespace {

constexpr QFileDevice::Permissions OwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// RFC 2047: a header word with anything but printable ASCII goes as UTF-8
// in base64; headers stay 7-bit.
QByteArray headerText(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray mailbox(const QString &name, const QString &address)
{
    // Header injection: neither part may carry a line break or brackets.
    QString cleanAddress = address;
    cleanAddress.remove(QRegularExpression(u"[\\r\\n<>\"]"_s));
    if (name.isEmpty())
        return cleanAddress.toLatin1();
    QString cleanName = name;
    cleanName.remove(QRegularExpression(u"[\\r\\n\"]"_s));
    return headerText(cleanName) + " <" + cleanAddress.toUtf8() + '>';
}

} // namespace

Outbox::Outbox(QString dir, QString from) : m_dir(std::move(dir)), m_from(std::move(from)) {}

bool Outbox::open(QString *error)
{
    for (const char *sub : {"", "tmp", "new", "cur"}) {
        const QString path = QDir(m_dir).filePath(QString::fromLatin1(sub));
        if (!QDir().mkpath(path) || !QFile::setPermissions(path, OwnerOnlyDir)) {
            *error = u"cannot create the outbox %1"_s.arg(path);
            return false;
        }
    }
    return true;
}

QByteArray Outbox::format(const Notice &notice, const QString &from, const QDateTime &now, const QByteArray &messageId)
{
    QString body = notice.body;
    body.replace(u"\r\n"_s, u"\n"_s);
    QByteArray out;
    out += "Date: " + QLocale::c().toString(now.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " +0000\r\n";
    out += "From: " + mailbox(from, QString::fromLatin1(SenderAddress)) + "\r\n";
    out += "To: " + mailbox(notice.toName, notice.toAddress) + "\r\n";
    out += "Subject: " + headerText(QString(notice.subject).remove(u'\r').remove(u'\n')) + "\r\n";
    out += "Message-ID: <" + messageId + "@pbx-portal.invalid>\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "\r\n";
    out += body.toUtf8().replace("\n", "\r\n");
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

bool Outbox::deliver(const Notice &notice, const QDateTime &now)
{
    if (notice.toAddress.isEmpty()) {
        qCInfo(lcSim) << "notice not delivered: the account has no email address";
        return false;
    }
    const QByteArray id = crypto::randomHex(12);
    // Maildir's unique name: time, then what tells this delivery apart.
    const QString name = u"%1.M%2P%3Q%4R%5.%6"_s.arg(now.toSecsSinceEpoch())
                             .arg(now.time().msec() * 1000)
                             .arg(QCoreApplication::applicationPid())
                             .arg(++m_sequence)
                             .arg(QString::fromLatin1(id.left(8)))
                             .arg(QHostInfo::localHostName().remove(u'/').remove(u':'));
    const QString tmp = QDir(m_dir).filePath(u"tmp/"_s + name);
    const QByteArray message = format(notice, m_from, now, id);
    if (m_relay)
        m_relay->send(notice.toAddress.toUtf8(), message);
    QFile file(tmp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(message) < 0 || !syncFile(file)) {
        qCWarning(lcSim) << "cannot write a notice into the outbox:" << file.errorString();
        file.remove();
        return false;
    }
    file.close();
    if (!QFile::rename(tmp, QDir(m_dir).filePath(u"new/"_s + name))) {
        qCWarning(lcSim) << "cannot move a notice into the outbox's new/";
        QFile::remove(tmp);
        return false;
    }
    return true;
}

} // namespace pbx::sim
