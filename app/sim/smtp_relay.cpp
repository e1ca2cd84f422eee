#include "smtp_relay.h"

#include "common/logging.h"

#include <QHostInfo>
#include <QTcpSocket>

namespace pbx::sim {

namespace {
// RFC 5321 section 4.5.2: a line starting with a dot gets another.
QByteArray dotStuffed(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + 64);
    qsizetype start = 0;
    while (start < message.size()) {
        qsizetype end = message.indexOf("\r\n", start);
        end = end < 0 ? message.size() : end + 2;
        if (message.at(start) == '.')
            out += '.';
        out += message.mid(start, end - start);
        start = end;
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out + ".\r\n";
}
} // namespace

SmtpRelay::SmtpRelay(QString host, quint16 port, QByteArray sender, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_port(port), m_sender(std::move(sender))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fail(QStringLiteral("the relay did not answer in time")); });
}

SmtpRelay::~SmtpRelay()
{
    if (!m_queue.isEmpty())
        qCWarning(lcSim) << m_queue.size() << "notice(s) not handed to the mail relay before the portal stopped";
}

void SmtpRelay::send(const QByteArray &recipient, const QByteArray &message)
{
    // An address with a line break or brackets would smuggle commands.
    if (recipient.isEmpty() || recipient.contains('\r') || recipient.contains('\n') || recipient.contains('<')
        || recipient.contains('>')) {
        qCWarning(lcSim) << "notice not relayed: the recipient's address is unusable";
        emit delivered(false);
        return;
    }
    m_queue.enqueue({recipient, message});
    if (m_step == Step::Idle)
        connectIfNeeded();
}

void SmtpRelay::connectIfNeeded()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        startNext();
        return;
    }
    if (m_socket) {
        // Possibly inside one of its own signals: let it go later.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QTcpSocket(this);
    m_buffer.clear();
    connect(m_socket, &QTcpSocket::readyRead, this, &SmtpRelay::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_step != Step::Idle)
            fail(m_socket->errorString());
    });
    m_step = Step::Greeting;
    m_timer.start(m_stepTimeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

void SmtpRelay::onReadyRead()
{
    m_buffer += m_socket->readAll();
    // A reply is one or more lines "250-..." ending with "250 ...".
    while (true) {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0) {
            if (m_buffer.size() > 4096)
                fail(QStringLiteral("the relay sent an overlong line"));
            return;
        }
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || line.size() < 3)
            return fail(QStringLiteral("the relay's answer is not SMTP"));
        if (line.size() > 3 && line.at(3) == '-')
            continue; // more lines of the same reply
        onReply(code);
        if (m_step == Step::Idle)
            return;
    }
}

void SmtpRelay::command(const QByteArray &line, Step next)
{
    m_step = next;
    m_timer.start(m_stepTimeoutMs);
    m_socket->write(line + "\r\n");
}

void SmtpRelay::onReply(int code)
{
    const bool positive = code >= 200 && code < 400;
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Greeting:
        if (code != 220)
            return fail(QStringLiteral("the relay refused the connection (%1)").arg(code));
        return command("EHLO " + QHostInfo::localHostName().toLatin1(), Step::Ehlo);
    case Step::Ehlo:
        if (code != 250)
            return fail(QStringLiteral("the relay refused EHLO (%1)").arg(code));
        return startNext();
    case Step::MailFrom:
        if (!positive)
            return fail(QStringLiteral("the relay refused the sender (%1)").arg(code));
        return command("RCPT TO:<" + m_queue.head().recipient + '>', Step::RcptTo);
    case Step::RcptTo:
        if (!positive)
            return fail(QStringLiteral("the relay refused the recipient (%1)").arg(code));
        return command("DATA", Step::Data);
    case Step::Data:
        if (code != 354)
            return fail(QStringLiteral("the relay refused the message (%1)").arg(code));
        m_step = Step::Body;
        m_timer.start(m_stepTimeoutMs);
        m_socket->write(dotStuffed(m_queue.head().data));
        return;
    case Step::Body:
        if (code != 250)
            return fail(QStringLiteral("the relay refused the message (%1)").arg(code));
        m_queue.dequeue();
        emit delivered(true);
        return startNext();
    case Step::Quit:
        m_timer.stop();
        m_step = Step::Idle;
        m_socket->disconnectFromHost();
        if (!m_queue.isEmpty()) // queued while saying goodbye
            connectIfNeeded();
        return;
    }
}

void SmtpRelay::startNext()
{
    if (m_queue.isEmpty())
        return command("QUIT", Step::Quit);
    command("MAIL FROM:<" + m_sender + '>', Step::MailFrom);
}

void SmtpRelay::fail(const QString &why)
{
    m_timer.stop();
    // Never the message: only what went wrong.
    qCWarning(lcSim).noquote() << "notice not relayed to" << m_host << ":" << why;
    m_step = Step::Idle;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (!m_queue.isEmpty()) {
        m_queue.dequeue();
        emit delivered(false);
    }
    // The rest get their own try, over a new connection.
    if (!m_queue.isEmpty())
        QTimer::singleShot(0, this, &SmtpRelay::connectIfNeeded);
}

} // namespace pbx::sim
