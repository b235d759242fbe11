#pragma once
// The process locale pinned for output: numbers and character classes of the C locale, whatever
// the environment asks for. Qt's application object sets the process locale from LANG/LC_*; core
// does not depend on it (see ascii.h), and this keeps library code that does (printf's %f, strtod,
// <cctype>) from changing exported bytes. Messages, dates and collation are left as they are.

namespace pmis {

// Sets LC_NUMERIC to "C" and LC_CTYPE to "C.UTF-8" (or "C" where that is missing). Call from
// main() after QApplication is constructed and before any other thread starts: setlocale is not
// thread safe.
void pinOutputLocale();

} // namespace pmis
