using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoMap.Server.Http;

/// <summary>
/// Keeps API keys out of the logs wherever they appear: a key sent in a URL by mistake (logged by the host's request
/// lines), in an exception message or in any log value.
/// </summary>
/// <remarks>
/// Two shapes are redacted: anything that looks like a GeoMap secret (<c>gmk_</c> and its base64url body, see
/// <see cref="Storage.Repositories.ApiKeyRepository.SecretPrefix"/>), and the value of a query parameter whose name
/// says it carries a credential (<c>key</c>, <c>api_key</c>, <c>apikey</c>, <c>token</c>, <c>access_token</c>), whatever
/// the value looks like. Headers are never logged by the server.
/// </remarks>
internal static partial class SecretRedaction
{
    /// <summary>What a redacted value is replaced with.</summary>
    public const string Mask = "[redacted]";

    /// <summary>
    /// Makes the host's logger factory redact: every logger it creates, for every provider (console, debug, any added
    /// later by a host or a test), passes messages, structured values and exception texts through <see cref="Redact"/>.
    /// Provider filters (<c>Logging:Console:LogLevel</c>) keep working, since the providers themselves are untouched.
    /// </summary>
    public static void RedactSecretsInLogs(this WebApplicationBuilder builder) =>
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new Factory(new LoggerFactory(
            sp.GetServices<ILoggerProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<LoggerFilterOptions>>(),
            sp.GetService<Microsoft.Extensions.Options.IOptions<LoggerFactoryOptions>>(),
            sp.GetService<IExternalScopeProvider>()))));

    /// <summary>The text with every secret replaced by <see cref="Mask"/>.</summary>
    public static string Redact(string text)
    {
        if (text.Length == 0 || (text.IndexOf("gmk_", StringComparison.Ordinal) < 0 && text.IndexOf('=') < 0))
        {
            return text;
        }

        var redacted = SecretPattern().Replace(text, Mask);
        return CredentialParameter().Replace(redacted, m => m.Groups["name"].Value + "=" + Mask);
    }

    [GeneratedRegex(@"gmk_[A-Za-z0-9_\-]{4,}")]
    private static partial Regex SecretPattern();

    // A query-string pair (after ? or &, also URL-encoded as %26) whose name names a credential.
    [GeneratedRegex(@"(?<=[?&;]|%26)(?<name>(?:api[_-]?key|key|token|access[_-]?token|apikey))=[^&\s""'#;]*", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialParameter();

    private sealed class Factory(LoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new Logger(inner.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    private sealed class Logger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            // Structured values are redacted too: a JSON console or OpenTelemetry exporter writes them one by one.
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                var message = Redact(formatter(state, exception));
                var clean = values.Select(v => v.Value is string s ? new KeyValuePair<string, object?>(v.Key, Redact(s)) : v).ToList();
                inner.Log(logLevel, eventId, new RedactedState(clean, message), exception is null ? null : new RedactedException(exception), static (s, _) => s.Message);
                return;
            }

            inner.Log(logLevel, eventId, state, exception is null ? null : new RedactedException(exception), (s, e) => Redact(formatter(s, exception)));
        }
    }

    private sealed class RedactedState(IReadOnlyList<KeyValuePair<string, object?>> values, string message) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message { get; } = message;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public int Count => values.Count;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Message;
    }

    /// <summary>An exception whose message and stack text are redacted; loggers print it through ToString.</summary>
    private sealed class RedactedException(Exception original) : Exception(Redact(original.Message))
    {
        public override string? StackTrace => original.StackTrace;

        public override string ToString() => Redact(original.ToString());
    }
}
