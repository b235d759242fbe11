#include "core/util/sha256.h"

#include <openssl/err.h>
#include <openssl/evp.h>

namespace pmis {

void Sha256::FreeContext::operator()(EVP_MD_CTX *context) const noexcept
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context)
        fail("EVP_MD_CTX_new");
    else if (EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        fail("EVP_DigestInit_ex");
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

void Sha256::fail(const char *call)
{
    // The first error of the thread's OpenSSL queue names the cause (e.g. an unavailable provider).
    const unsigned long code = ERR_get_error();
    char reason[256] = "no reason given";
    if (code != 0)
        ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    m_error = std::string("SHA-256: OpenSSL ") + call + " failed (" + reason + ")";
}

void Sha256::update(const void *data, std::size_t size)
{
    if (!ok() || size == 0)
        return;
    if (EVP_DigestUpdate(m_context.get(), data, size) != 1)
        fail("EVP_DigestUpdate");
}

std::array<std::uint8_t, 32> Sha256::finish()
{
    std::array<std::uint8_t, 32> out{};
    if (!ok())
        return out;
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_context.get(), out.data(), &size) != 1 || size != out.size()) {
        fail("EVP_DigestFinal_ex");
        out.fill(0);
    }
    return out;
}

std::string Sha256::finishHex()
{
    static const char digits[] = "0123456789abcdef";
    const auto digest = finish();
    if (!ok())
        return {};
    std::string out;
    out.reserve(2 * digest.size());
    for (std::uint8_t byte : digest) {
        out += digits[byte >> 4];
        out += digits[byte & 15];
    }
    return out;
}

std::string Sha256::hex(std::string_view text)
{
    Sha256 hash;
    hash.update(text);
    return hash.finishHex();
}

} // namespace pmis
