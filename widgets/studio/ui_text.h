#pragma once
// A user-visible text that can be produced again after a language change: either a function that
// returns the translated text (`[] { return ScenarioEditor::tr("Counts"); }`) or a fixed text
// (names that come from the data, tests).

#include <QString>

#include <functional>
#include <type_traits>
#include <utility>

namespace pmis {

class UiText
{
public:
    UiText() = default;
    UiText(QString fixed)
        : m_text([text = std::move(fixed)] { return text; })
    {}
    UiText(const char *fixed) = delete; // untranslated literals: wrap them in a tr() function
    template<typename F, std::enable_if_t<std::is_invocable_r_v<QString, F>, int> = 0>
    UiText(F translate)
        : m_text(std::move(translate))
    {}

    // The text in the current language.
    QString text() const { return m_text ? m_text() : QString(); }

private:
    std::function<QString()> m_text;
};

} // namespace pmis
