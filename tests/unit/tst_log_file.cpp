// The rotating log file and the diagnostics report.
#include "common/diagnostics.h"
#include "common/log_file.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTest, "pbx.test")
Q_LOGGING_CATEGORY(lcBulk, "pbx.test.bulk")

namespace {
QtMessageHandler testlibHandler = nullptr;
// Below LogFile's handler: megabytes of filler reach the file but are not
// echoed by Qt Test.
void quietBulk(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "pbx.test.bulk") != 0 && testlibHandler)
        testlibHandler(type, context, message);
}
} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        testlibHandler = qInstallMessageHandler(quietBulk);
        LogFile::install(m_dir.filePath(u"logs"_s));
    }

    void writesAndRotates()
    {
        qCWarning(lcTest) << "first line";
        const QString path = LogFile::path();
        QCOMPARE(path, QDir(m_dir.filePath(u"logs"_s)).filePath(u"pbx-admin.log"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("warning pbx.test: first line"));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        file.close();

        // 8 MiB of messages: rotated, at most five old files kept.
        const QString chunk(1000, u'x');
        for (int i = 0; i < 8 * 1024; ++i)
            qCInfo(lcBulk).noquote() << chunk;
        qCWarning(lcTest) << "last line";
        QVERIFY(QFile::exists(path + u".1"_s));
        QVERIFY(QFile::exists(path + u".5"_s));
        QVERIFY(!QFile::exists(path + u".6"_s));
        QVERIFY(QFileInfo(path).size() <= LogFile::MaxBytes + 2000);
    }

    void keepsRecentProblems()
    {
        for (int i = 0; i < 30; ++i)
            qCWarning(lcTest) << "problem" << i;
        const QStringList recent = LogFile::recentProblems();
        QCOMPARE(recent.size(), LogFile::RecentCount);
        QVERIFY(recent.last().contains(u"problem 29"_s));
        QVERIFY(!recent.join(u'\n').contains(u"problem 9 "_s));
    }

    // Only the portal's host: never its user info, path or query.
    void diagnosticsNameTheHostOnly()
    {
        qCWarning(lcTest) << "problem" << 29; // a recent error to report (keepsRecentProblems logs it too)
        const QString report = diagnosticsReport(QUrl(u"https://alice:hunter2@pbx.example.com:8443/ns-api?key=abc123"_s));
        QVERIFY(report.contains(u"Portal host: pbx.example.com"_s));
        QVERIFY(report.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(report.contains(u"libqrencode "_s));
        QVERIFY(report.contains(u"OS: "_s));
        QVERIFY(report.contains(u"problem 29"_s)); // recent errors
        for (const QString &secret : {u"alice"_s, u"hunter2"_s, u"abc123"_s, u"ns-api"_s})
            QVERIFY2(!report.contains(secret), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_log_file.moc"
