// Safe writing: an export into a folder that cannot be written, or onto a disk that fills up, fails
// with a clear error and leaves the files of an earlier export exactly as they were.
//
// Tests run as root here, and root ignores permission bits, so an unwritable folder is made with
// the immutable attribute (which binds root too) and a full disk is a small tmpfs mounted for the
// test; without those privileges the tests fall back to a read-only folder and a file size limit.
#include "core/gen/generator.h"
#include "core/io/dataset_export.h"
#include "core/io/sqlite_export.h"
#include "core/scenario/scenario_json.h"
#include "core/util/file_util.h"

#include <QtTest>

#include <csignal>
#include <filesystem>
#include <fcntl.h>
#include <linux/fs.h>
#include <map>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <utime.h>
#include <unistd.h>

using namespace pmis;
namespace fs = std::filesystem;

namespace {

using Snapshot = std::map<std::string, std::string>;

// Every file of the folder (hidden ones too) with its contents.
Snapshot snapshot(const fs::path &folder)
{
    Snapshot s;
    for (const auto &e : fs::directory_iterator(folder))
        s[e.path().filename().string()] = readWholeFile(e.path().string()).value();
    return s;
}

// Makes a folder unwritable for this process: immutable for root, read-only bits otherwise.
class Unwritable
{
public:
    explicit Unwritable(const fs::path &folder)
        : m_folder(folder)
    {
        if (::geteuid() != 0) {
            m_ok = ::chmod(folder.c_str(), 0555) == 0;
            return;
        }
        const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
        int flags = 0;
        if (fd >= 0 && ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
            flags |= FS_IMMUTABLE_FL;
            m_ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
            m_immutable = m_ok;
        }
        if (fd >= 0)
            ::close(fd);
    }
    ~Unwritable()
    {
        if (!m_immutable) {
            ::chmod(m_folder.c_str(), 0755);
            return;
        }
        const int fd = ::open(m_folder.c_str(), O_RDONLY | O_DIRECTORY);
        int flags = 0;
        if (fd >= 0 && ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
            flags &= ~FS_IMMUTABLE_FL;
            ::ioctl(fd, FS_IOC_SETFLAGS, &flags);
        }
        if (fd >= 0)
            ::close(fd);
    }
    bool ok() const { return m_ok; }
    const char *how() const
    {
        return m_immutable ? "immutable attribute" : "read-only permissions";
    }

private:
    fs::path m_folder;
    bool m_ok = false;
    bool m_immutable = false;
};

// A tmpfs of `size` bytes mounted on `folder` for the lifetime of the object (needs CAP_SYS_ADMIN).
class SmallDisk
{
public:
    SmallDisk(const fs::path &folder, std::size_t size)
        : m_folder(folder)
    {
        const std::string options = "size=" + std::to_string(size);
        m_ok = ::mount("tmpfs", folder.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str())
               == 0;
    }
    ~SmallDisk()
    {
        if (m_ok)
            ::umount2(m_folder.c_str(), MNT_DETACH);
    }
    bool ok() const { return m_ok; }

private:
    fs::path m_folder;
    bool m_ok = false;
};

// A limit on the size of any file this process writes, so writes past it fail (EFBIG).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
};

// A pid that no process has: a child that has exited and been reaped.
long deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return long(child);
}

void touch(const fs::path &path, const std::string &contents = "x")
{
    QVERIFY(writeFileAtomically(path.string(), contents).isOk());
}

ino_t inode(const fs::path &path)
{
    struct stat st
    {};
    return ::lstat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

Dataset makeData(std::int64_t students, std::int64_t interactions, std::uint64_t seed,
                 Scenario &scenario)
{
    scenario = *loadPreset("demo-small");
    scenario.seed = seed;
    scenario.students = students;
    scenario.internships = 20;
    scenario.interactions = interactions;
    return generateDataset(scenario, {1, {}}).takeValue();
}

} // namespace

class TestSafeWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unwritableFolder();
    void fullDisk();
    void fileSizeLimit();
    void parentIsAFile();
    void keepsOtherFiles();
    void subfolderMeansInPlace();
    void foreignFolderInPlace();
    void workingFolderInPlace();
    void removesStaleTemporaries();
    void temporaryNames();

private:
    QTemporaryDir m_dir;
    Scenario m_smallScenario, m_bigScenario;
    Dataset m_small, m_big;
};

void TestSafeWrite::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = makeData(30, 100, 1, m_smallScenario);
    m_big = makeData(2000, 20000, 2, m_bigScenario);
}

void TestSafeWrite::unwritableFolder()
{
    const fs::path folder = m_dir.filePath(QStringLiteral("locked")).toStdString();
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    QVERIFY(exportSqlite(m_small, &m_smallScenario, (folder / kSqliteFileName).string()).isOk());
    const Snapshot before = snapshot(folder);
    Unwritable lock(folder);
    if (!lock.ok())
        QSKIP("cannot make a folder unwritable here");
    qInfo("unwritable through the %s", lock.how());

    auto csv = exportCsvFolder(m_big, m_bigScenario, folder.string());
    QVERIFY(!csv.isOk());
    QVERIFY2(QString::fromStdString(csv.error())
                     .contains(QStringLiteral("cannot create a file in ")
                               + QString::fromStdString(folder.string())),
             csv.error().c_str());
    auto db = exportSqlite(m_big, &m_bigScenario, (folder / kSqliteFileName).string());
    QVERIFY(!db.isOk());
    QVERIFY2(QString::fromStdString(db.error()).contains(QStringLiteral("cannot create a file in")),
             db.error().c_str());
    QVERIFY(snapshot(folder) == before);
}

void TestSafeWrite::fullDisk()
{
    const fs::path folder = m_dir.filePath(QStringLiteral("small-disk")).toStdString();
    fs::create_directories(folder);
    SmallDisk disk(folder, 4 * 1024 * 1024);
    if (!disk.ok())
        QSKIP("cannot mount a small tmpfs here (needs CAP_SYS_ADMIN); fileSizeLimit covers the failing write");
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    QVERIFY(exportSqlite(m_small, &m_smallScenario, (folder / kSqliteFileName).string()).isOk());
    const Snapshot before = snapshot(folder);

    auto csv = exportCsvFolder(m_big, m_bigScenario, folder.string());
    QVERIFY(!csv.isOk());
    QVERIFY2(
            QString::fromStdString(csv.error()).contains(QStringLiteral("No space left on device")),
            csv.error().c_str());
    QVERIFY(snapshot(folder) == before); // old files intact, no temporary file left

    auto db = exportSqlite(m_big, &m_bigScenario, (folder / kSqliteFileName).string());
    QVERIFY(!db.isOk());
    QVERIFY2(QString::fromStdString(db.error()).contains(QStringLiteral("disk is full")),
             db.error().c_str());
    QVERIFY(snapshot(folder) == before);
}

void TestSafeWrite::fileSizeLimit()
{
    const fs::path folder = m_dir.filePath(QStringLiteral("limited")).toStdString();
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    QVERIFY(exportSqlite(m_small, &m_smallScenario, (folder / kSqliteFileName).string()).isOk());
    const Snapshot before = snapshot(folder);
    {
        FileSizeLimit limit(256 * 1024);
        auto csv = exportCsvFolder(m_big, m_bigScenario, folder.string());
        QVERIFY(!csv.isOk());
        QVERIFY2(QString::fromStdString(csv.error())
                         .contains(QStringLiteral("write failed (File too large)")),
                 csv.error().c_str());
        auto db = exportSqlite(m_big, &m_bigScenario, (folder / kSqliteFileName).string());
        QVERIFY(!db.isOk());
        QVERIFY2(!db.error().empty(), "an error message");
    }
    QVERIFY(snapshot(folder) == before);
}

void TestSafeWrite::parentIsAFile()
{
    const fs::path file = m_dir.filePath(QStringLiteral("plain-file")).toStdString();
    QVERIFY(writeFileAtomically(file.string(), "x").isOk());
    auto csv = exportCsvFolder(m_small, m_smallScenario, (file / "out").string());
    QVERIFY(!csv.isOk());
    QVERIFY2(QString::fromStdString(csv.error())
                     .contains(QStringLiteral("cannot create the folder")),
             csv.error().c_str());
    auto db = exportSqlite(m_small, &m_smallScenario, (file / "out.sqlite").string());
    QVERIFY(!db.isOk());
    QVERIFY2(QString::fromStdString(db.error()).contains(QStringLiteral("Not a directory")),
             db.error().c_str());
    QCOMPARE(*readWholeFile(file.string()), std::string("x"));
}

// The new set takes the folder's place in one rename; the user's files stay, as the same files.
void TestSafeWrite::keepsOtherFiles()
{
    const fs::path parent = m_dir.filePath(QStringLiteral("keeps")).toStdString();
    const fs::path folder = parent / "out";
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    touch(folder / "notes.txt", "mine");
    const ino_t notes = inode(folder / "notes.txt");
    const ino_t before = inode(folder);
    QVERIFY(exportCsvFolder(m_big, m_bigScenario, folder.string()).isOk());
    QVERIFY(inode(folder) != before); // swapped, not rewritten in place
    QCOMPARE(inode(folder / "notes.txt"), notes);
    QCOMPARE(*readWholeFile((folder / "notes.txt").string()), std::string("mine"));
    QVERIFY(fs::exists(folder / kMetadataFileName));
    std::vector<std::string> beside;
    for (const auto &e : fs::directory_iterator(parent))
        beside.push_back(e.path().filename().string());
    QCOMPARE(beside, std::vector<std::string>{"out"}); // no staging folder left
}

// A folder with a subfolder cannot be swapped without moving it: written in place, subfolder kept.
void TestSafeWrite::subfolderMeansInPlace()
{
    const fs::path folder = m_dir.filePath(QStringLiteral("with-sub")).toStdString();
    fs::create_directories(folder / "plots");
    touch(folder / "plots" / "a.png");
    const ino_t before = inode(folder);
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    QCOMPARE(inode(folder), before);
    QVERIFY(fs::exists(folder / "plots" / "a.png"));
    QVERIFY(fs::exists(folder / kMetadataFileName));
}

// A folder of other files without an earlier export keeps its identity.
void TestSafeWrite::foreignFolderInPlace()
{
    const fs::path folder = m_dir.filePath(QStringLiteral("downloads")).toStdString();
    fs::create_directories(folder);
    touch(folder / "report.pdf");
    const ino_t before = inode(folder);
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    QCOMPARE(inode(folder), before);
    QVERIFY(fs::exists(folder / "report.pdf"));
    QVERIFY(fs::exists(folder / kMetadataFileName));
    // Now it holds an export: the next one replaces the set in one step.
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    QVERIFY(inode(folder) != before);
    QVERIFY(fs::exists(folder / "report.pdf"));
}

// A folder some process works in (here this one) is not swapped away from under it.
void TestSafeWrite::workingFolderInPlace()
{
    const fs::path folder = m_dir.filePath(QStringLiteral("cwd")).toStdString();
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    const ino_t before = inode(folder);
    const fs::path previous = fs::current_path();
    fs::current_path(folder);
    const bool ok = exportCsvFolder(m_small, m_smallScenario, ".").isOk();
    fs::current_path(previous);
    QVERIFY(ok);
    QCOMPARE(inode(folder), before);
    // Without anyone in it, the same folder is swapped.
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    QVERIFY(inode(folder) != before);
}

void TestSafeWrite::removesStaleTemporaries()
{
    const fs::path parent = m_dir.filePath(QStringLiteral("stale")).toStdString();
    const fs::path folder = parent / "out";
    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    const std::string dead = std::to_string(deadPid());
    const std::string live = std::to_string(::getpid());
    // Ours, of a killed run: removed.
    touch(folder / (".enhanced_students.csv.pmis-tmp-" + dead + "-aB3dE9"));
    touch(folder / (".pmis_dataset.sqlite.pmis-tmp-" + dead + "-zz99ZZ"));
    const fs::path stage = parent / (".out.pmis-new-" + dead + "-Qw12er");
    fs::create_directories(stage);
    touch(stage / "enhanced_students.csv");
    touch(stage / "stray.txt", "someone's"); // not ours: goes back into the folder
    // Of an older version, untouched for two hours: removed.
    const fs::path legacy = folder / ".enhanced_outcomes.csv.Ab12Cd";
    touch(legacy);
    const utimbuf old{std::time(nullptr) - 7200, std::time(nullptr) - 7200};
    QCOMPARE(::utime(legacy.c_str(), &old), 0);
    // Kept: a live writer's file, a fresh file of the older naming, names that are not ours.
    const std::vector<fs::path> kept
            = {folder / (".enhanced_students.csv.pmis-tmp-" + live + "-aB3dE9"),
               folder / ".enhanced_companies.csv.Xy34Zw", folder / ".enhanced_students.csv.backup",
               folder / ".notes.pmis-tmp-notapid-aB3dE9"};
    for (const fs::path &p : kept)
        touch(p);

    QVERIFY(exportCsvFolder(m_small, m_smallScenario, folder.string()).isOk());
    QVERIFY(!fs::exists(folder / (".enhanced_students.csv.pmis-tmp-" + dead + "-aB3dE9")));
    QVERIFY(!fs::exists(folder / (".pmis_dataset.sqlite.pmis-tmp-" + dead + "-zz99ZZ")));
    QVERIFY(!fs::exists(stage));
    QVERIFY(!fs::exists(legacy));
    QCOMPARE(*readWholeFile((folder / "stray.txt").string()), std::string("someone's"));
    for (const fs::path &p : kept)
        QVERIFY2(fs::exists(p), p.c_str());
}

void TestSafeWrite::temporaryNames()
{
    TemporaryName t;
    QVERIFY(parseTemporaryName(".enhanced_students.csv.pmis-tmp-123-aB3dE9", t));
    QCOMPARE(t.finalName, std::string("enhanced_students.csv"));
    QCOMPARE(t.kind, std::string("tmp"));
    QCOMPARE(t.pid, 123L);
    QVERIFY(parseTemporaryName(".my.data.pmis-new-7-zzzzzz", t));
    QCOMPARE(t.finalName, std::string("my.data"));
    QVERIFY(!parseTemporaryName("enhanced_students.csv.pmis-tmp-123-aB3dE9", t)); // not hidden
    QVERIFY(!parseTemporaryName(".a.pmis-tmp-123-aB3dE", t));                     // five characters
    QVERIFY(!parseTemporaryName(".a.pmis-old-123-aB3dE9", t));
    QVERIFY(!parseTemporaryName(".a.pmis-tmp--1-aB3dE9", t));
    QVERIFY(!parseTemporaryName(".a.pmis-tmp-x1-aB3dE9", t));
}

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "test_safe_write.moc"
