#pragma once
// The dataset report as an entry of the export registry (core/io/exporters.h), so that the
// studio's export dialog and job and pmis-gen's --format list it beside CSV, JSON and SQLite. It
// is written in two phases: the figures on any thread (prepare), the pages on the main thread
// (finish), where the charts, which are widgets, can be drawn.

#include "core/util/result.h"

namespace pmis::report {

inline constexpr const char *kReportExporterId = "report";

// Registers the "report" format once; later calls do nothing. A program that lists or writes
// export formats calls it at start-up, before its exports run. Writing a report needs the Qt
// application's thread; when there is no application yet (a command-line program), `write`
// starts one on the offscreen platform for the time of the call.
Status registerReportExporter();

} // namespace pmis::report
