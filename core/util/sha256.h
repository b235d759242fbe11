#pragma once
// SHA-256 (FIPS 180-4) for file digests and scenario hashes.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pmis {

class Sha256
{
public:
    Sha256();
    void update(const void *data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    std::array<std::uint8_t, 32> finish();
    std::string finishHex();

    static std::string hex(std::string_view text);

private:
    void compress(const std::uint8_t *block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

} // namespace pmis
