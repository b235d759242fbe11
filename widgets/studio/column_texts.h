#pragma once
// The data dictionary's texts in the interface language: core describes every column of the
// generated tables in English (ColumnSpec::description, ::unit); the Data tab shows them as header
// tooltips. A text this catalogue does not list (a URL template, a description of an imported
// file) is shown as it is.

#include <QString>

#include <string>
#include <vector>

namespace pmis {

QString columnDescriptionText(const std::string &description);
QString columnUnitText(const std::string &unit);
// The English texts marked for translation (descriptions, or units when `units`), for the test
// that keeps this list in step with core's schemas.
std::vector<std::string> translatableColumnTexts(bool units);

} // namespace pmis
