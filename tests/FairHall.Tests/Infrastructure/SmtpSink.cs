using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace FairHall.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd (python3-aiosmtpd) on a free loopback port, whose default
/// handler prints every received message to stdout. Debian's /usr/bin/python3 is used on purpose: a pyenv
/// python3 earlier on PATH does not see Debian's package.
/// </summary>
public sealed partial class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process process;
    private readonly StringBuilder output = new();

    private SmtpSink(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Everything the server printed so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<SmtpSink> StartAsync()
    {
        await EnsureInstalledAsync();
        var port = FreePort();
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        // -u: unbuffered, so a message shows up in the output as soon as it arrives.
        foreach (var a in new[] { "-u", "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}" })
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        var sink = new SmtpSink(process, port);
        process.OutputDataReceived += (_, e) => sink.Append(e.Data);
        process.ErrorDataReceived += (_, e) => sink.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with code {process.ExitCode}: {sink.Output}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return sink;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await sink.DisposeAsync();
        throw new TimeoutException($"aiosmtpd did not listen on port {port} within 60 s: {sink.Output}");
    }

    /// <summary>Waits until the server has printed <paramref name="text"/>; returns the whole output.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            var now = Output;
            if (now.Contains(text, StringComparison.Ordinal))
            {
                return now;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The SMTP server did not print '{text}' within {timeout}. It printed: {Output}");
    }

    /// <summary>The decoded value of a header in the printed messages (folded lines joined, RFC 2047 words decoded).</summary>
    public static IReadOnlyList<string> Headers(string printed, string name)
    {
        var values = new List<string>();
        var lines = printed.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = new StringBuilder(lines[i][(name.Length + 1)..].Trim());
            while (i + 1 < lines.Length && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0]))
            {
                value.Append(' ').Append(lines[++i].Trim());
            }

            values.Add(DecodeWords(value.ToString()));
        }

        return values;
    }

    /// <summary>Decodes RFC 2047 encoded words (=?utf-8?B?…?= and =?utf-8?Q?…?=); blanks between two words vanish.</summary>
    public static string DecodeWords(string value)
    {
        var joined = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups[1].Value);
            var text = m.Groups[3].Value;
            var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(text)
                : QuotedPrintable(text);
            return encoding.GetString(bytes);
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static async Task EnsureInstalledAsync()
    {
        const string missing = "python3-aiosmtpd is not installed; the e-mail test needs a real SMTP server. " +
                               "Install it with: apt-get install -y python3-aiosmtpd (it must be importable by /usr/bin/python3).";
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException(missing);
        }

        var psi = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import aiosmtpd");
        using var check = Process.Start(psi) ?? throw new InvalidOperationException(missing);
        await check.WaitForExitAsync();
        if (check.ExitCode != 0)
        {
            throw new InvalidOperationException(missing);
        }
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(text[i] == '_' ? (byte)' ' : (byte)text[i]);
            }
        }

        return [.. bytes];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
