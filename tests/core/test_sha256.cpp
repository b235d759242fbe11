// SHA-256: the FIPS 180-4 test vectors, a 10 MiB input fed in uneven pieces against its known
// digest, and a libcrypto that cannot hash reported as an error by pmis-gen, not a crash.
#include "core/util/sha256.h"

#include "tests/core/pmis_gen_runner.h"

#include <QtTest>

using namespace pmis;

namespace {

// 10 MiB + 13 bytes of (i² + 7i) mod 256.
std::string patterned()
{
    std::string data(10 * 1024 * 1024 + 13, '\0');
    for (std::uint64_t i = 0; i < data.size(); ++i)
        data[i] = char((i * i + 7 * i) % 256);
    return data;
}

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void multiChunk_data();
    void multiChunk();
    void digestBytesMatchHex();
    void unavailableLibcryptoIsAnError();
};

void TestSha256::vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("448 bits") << QByteArray(
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("a million a") << QByteArray(
            1'000'000, 'a') << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
}

void TestSha256::vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    const std::string_view text(input.constData(), std::size_t(input.size()));
    QCOMPARE(QString::fromStdString(Sha256::hex(text)), digest);
}

void TestSha256::multiChunk_data()
{
    QTest::addColumn<int>("piece");
    QTest::newRow("whole") << 0;
    QTest::newRow("63 byte pieces") << 63;
    QTest::newRow("65 byte pieces") << 65;
    QTest::newRow("16 KiB + 1 pieces") << 16385;
    QTest::newRow("1 MiB pieces") << (1 << 20);
}

void TestSha256::multiChunk()
{
    QFETCH(int, piece);
    static const std::string data = patterned();
    Sha256 hash;
    std::size_t at = 0;
    if (piece > 0) {
        // Single bytes first, so that later pieces start at every offset inside a block.
        for (; at < 100; ++at)
            hash.update(data.data() + at, 1);
        for (; at + std::size_t(piece) < data.size(); at += std::size_t(piece))
            hash.update(data.data() + at, std::size_t(piece));
    }
    hash.update(data.data() + at, 0);
    hash.update(std::string_view(data).substr(at));
    QVERIFY(hash.ok());
    QCOMPARE(QString::fromStdString(hash.finishHex()),
             QStringLiteral("f234e338cf5b1f5960a57dc4d68f62d562e88af080d15ff36f34bae5a07a63f5"));
    QVERIFY(hash.ok());
}

void TestSha256::digestBytesMatchHex()
{
    Sha256 hash;
    hash.update("abc");
    const auto bytes = hash.finish();
    const QByteArray raw(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    QCOMPARE(raw.toHex(), QByteArray(Sha256::hex("abc").c_str()));
}

void TestSha256::unavailableLibcryptoIsAnError()
{
    // An OpenSSL configuration that loads only the null provider: no algorithm is available.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("null-provider.cnf"));
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("openssl_conf = openssl_init\n[openssl_init]\nproviders = provider_sect\n"
                "[provider_sect]\nnull = null_sect\n[null_sect]\nactivate = 1\n");
    }
    qputenv("OPENSSL_CONF", config.toLocal8Bit());
    const QString out = dir.filePath(QStringLiteral("out"));
    const test::Run run = test::pmisGen({QStringLiteral("generate"), QStringLiteral("--preset"),
                                         QStringLiteral("demo-small"), QStringLiteral("--out"), out,
                                         QStringLiteral("--quiet")});
    qunsetenv("OPENSSL_CONF");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("SHA-256: OpenSSL EVP_DigestInit_ex failed")),
             qPrintable(run.err));
    QVERIFY(QDir(out).entryList(QDir::Files).isEmpty()); // nothing published without its digest
}

QTEST_GUILESS_MAIN(TestSha256)
#include "test_sha256.moc"
