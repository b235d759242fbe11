#pragma once
// Runs the built pmis-gen (PMIS_GEN_EXE) as a user would and collects its exit code and output.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pmis::test {

struct Run
{
    int exitCode = -1; // -1 when the process crashed or did not finish in time
    QString out;
    QString err;
};

inline Run pmisGen(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PMIS_GEN_EXE), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace pmis::test
