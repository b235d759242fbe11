#include "core/util/process_locale.h"

#include <clocale>

namespace pmis {

void pinOutputLocale()
{
    std::setlocale(LC_NUMERIC, "C");
    // UTF-8 keeps multibyte conversions in libraries (file names, terminal text) working; its byte
    // classes are those of the C locale.
    if (!std::setlocale(LC_CTYPE, "C.UTF-8"))
        std::setlocale(LC_CTYPE, "C");
}

} // namespace pmis
