#include "cli/control_character_filter.h"

#include <QBuffer>
#include <QTest>
#include <QTextStream>

using pbx::cli::ControlCharacterFilter;
using namespace Qt::StringLiterals;

class TestControlCharacterFilter : public QObject
{
    Q_OBJECT
private slots:
    void replacesControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        const QString r(QChar(0xFFFD));
        QTest::newRow("plain text") << u"Bailey Basic\tbasic@acme.demo\n"_s << u"Bailey Basic\tbasic@acme.demo\n"_s;
        QTest::newRow("accents and symbols") << u"Zoë Müller – ☎ 😀"_s << u"Zoë Müller – ☎ 😀"_s;
        QTest::newRow("a no-break space (0xC2 0xA0)") << u"a\u00A0b"_s << u"a\u00A0b"_s;
        QTest::newRow("clear screen") << u"\x1b[2JEve"_s << r + u"[2JEve"_s;
        QTest::newRow("window title") << u"\x1b]0;owned\x07"_s << r + u"]0;owned"_s + r;
        QTest::newRow("CSV's line ends") << u"a,b\r\nc,d\r\n"_s << u"a,b\r\nc,d\r\n"_s;
        QTest::newRow("carriage return over a line") << u"Denied\rApproved"_s << u"Denied"_s + r + u"Approved"_s;
        QTest::newRow("backspaces") << u"yes\b\b\bno"_s << u"yes"_s + r + r + r + u"no"_s;
        QTest::newRow("delete") << u"a\x7f"_s << u"a"_s + r;
        QTest::newRow("a C1 control sequence introducer") << u"\u009B2J"_s << r + u"2J"_s;
        QTest::newRow("the last C1 control") << u"\u009F"_s << r;
        QTest::newRow("a NUL") << QString(QChar(0)) + u"x"_s << r + u"x"_s;
    }
    void replacesControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromUtf8(ControlCharacterFilter::filtered(text.toUtf8())), shown);
    }

    // As the CLI uses it: a QTextStream over the filter over the output.
    void filtersAStream()
    {
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        ControlCharacterFilter filter(&sink);
        QTextStream stream(&filter);
        stream << "Signed in as " << u"\x1b[31mEve"_s << '\n';
        stream.flush();
        QCOMPARE(QString::fromUtf8(sink.data()), u"Signed in as \uFFFD[31mEve\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestControlCharacterFilter)
#include "tst_control_character_filter.moc"
