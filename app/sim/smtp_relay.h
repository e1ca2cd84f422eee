#pragma once

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <QTimer>

class QTcpSocket;

namespace pbx::sim {

// Hands the portal's notices to a mail relay over plain SMTP (RFC 5321):
// EHLO, MAIL FROM, RCPT TO, DATA, one message after another over one
// connection, then QUIT. Meant for a relay on the same host or network (a
// local Postfix, a test mail catcher); no STARTTLS or AUTH. A message the
// relay refuses, or cannot take in time, is dropped with a warning: its
// copy in the Maildir stays, and the portal never waits for the relay.
class SmtpRelay : public QObject
{
    Q_OBJECT
public:
    SmtpRelay(QString host, quint16 port, QByteArray sender, QObject *parent = nullptr);
    ~SmtpRelay() override;

    // Queues a message (RFC 5322, CRLF line ends) for one recipient.
    void send(const QByteArray &recipient, const QByteArray &message);

    // How long the relay may take over one step.
    void setStepTimeout(int ms) { m_stepTimeoutMs = ms; }

signals:
    // Once per message: accepted by the relay, or dropped.
    void delivered(bool accepted);

private:
    enum class Step { Idle, Greeting, Ehlo, MailFrom, RcptTo, Data, Body, Quit };
    struct Message
    {
        QByteArray recipient, data;
    };

    void connectIfNeeded();
    void onReadyRead();
    void onReply(int code);
    void command(const QByteArray &line, Step next);
    void startNext();
    void fail(const QString &why);

    QString m_host;
    quint16 m_port;
    QByteArray m_sender;
    QTcpSocket *m_socket = nullptr;
    QQueue<Message> m_queue;
    Step m_step = Step::Idle;
    QByteArray m_buffer;
    QTimer m_timer;
    int m_stepTimeoutMs = 30000;
};

} // namespace pbx::sim
