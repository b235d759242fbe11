#pragma once
// SHA-256 (FIPS 180-4) for file digests and scenario hashes, computed by OpenSSL's libcrypto (which
// uses the CPU's SHA extensions where there are any).

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace pmis {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const void *data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    // The digest of everything passed to update(); call once. All zero when !ok().
    std::array<std::uint8_t, 32> finish();
    // The digest in lower-case hex; empty when !ok().
    std::string finishHex();

    // False once libcrypto failed (out of memory, or no provider of SHA-256 in its configuration);
    // error() then says why, and the digest must not be used.
    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }

    // The hex digest of `text`; empty when libcrypto failed.
    static std::string hex(std::string_view text);

private:
    void fail(const char *call);

    struct FreeContext
    {
        void operator()(evp_md_ctx_st *context) const noexcept;
    };
    std::unique_ptr<evp_md_ctx_st, FreeContext> m_context;
    std::string m_error;
};

} // namespace pmis
