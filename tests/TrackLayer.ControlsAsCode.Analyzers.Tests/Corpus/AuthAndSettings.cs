using System;
using System.Text.Json.Serialization;
using System.Threading;

namespace Corpus.Auth;

public class LoginRequest
{
    public string Username { get; set; } = ""; // expect: UserId
    public string Password { get; set; } = ""; // expect: Credential
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public class RegisterRequest
{
    public string Email { get; set; } = ""; // expect: Email
    public string Password { get; set; } = ""; // expect: Credential
    public string ConfirmPassword { get; set; } = ""; // expect: Credential
    public string? DisplayName { get; set; }
    public bool AcceptTerms { get; set; }
}

public class TokenResponse
{
    [JsonPropertyName("access_token")] public string AccessToken { get; set; } = ""; // expect: Credential
    [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; } // expect: Credential
    [JsonPropertyName("id_token")] public string? IdToken { get; set; } // expect: Credential
    [JsonPropertyName("token_type")] public string TokenType { get; set; } = "Bearer"; // lookalike
    [JsonPropertyName("expires_in")] public int ExpiresIn { get; set; }
    [JsonPropertyName("scope")] public string? Scope { get; set; }
}

public class ConversionsApiOptions
{
    public string PixelId { get; set; } = "";
    public string AccessToken { get; set; } = ""; // expect: Credential
    public string ApiVersion { get; set; } = "v21.0";
    public string? TestEventCode { get; set; }
    public TimeSpan Timeout { get; set; }
    public int MaxBatchSize { get; set; }
    public string? ApiKeyHeaderName { get; set; } // lookalike
    public string? SecretName { get; set; } // lookalike
    public string? WebhookSecret { get; set; } // expect: Credential
    public string? ConnectionString { get; set; } // expect: Credential
}

public class PagedResult
{
    public string? NextPageToken { get; set; } // lookalike
    public string? ContinuationToken { get; set; } // lookalike
    public int PageSize { get; set; }
    public CancellationToken CancellationToken { get; set; } // lookalike
}

public class RateLimitOptions
{
    public int IpRateLimit { get; set; } // lookalike
    public int PermitLimit { get; set; }
    public string? IpHeaderName { get; set; } // lookalike
    public bool EnableIpLogging { get; set; } // lookalike
    public string? UserAgentFamily { get; set; } // lookalike
}
