using System.Security.Cryptography;
using System.Text;

namespace IpsMonitor.Access;

/// <summary>Random secrets (API keys, questionnaire tokens) and the hashes they are stored as.</summary>
internal static class Secrets
{
    /// <summary>256 random bits, URL-safe: unguessable and fits in a link.</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A short random id for records (not a secret, but not sequential either).</summary>
    public static string NewId(int bytes = 6) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>SHA-256 is enough here: the secrets are 256-bit random, so there is nothing to brute-force.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
