using System.Reflection;

namespace Claro.Staff;

/// <summary>
/// The passwords staff may choose, after NIST SP 800-63B: length first (at least
/// <see cref="MinLength"/> characters), no rules about digits, capitals or symbols, and none of the
/// passwords people choose most (the list in <c>Staff/CommonPasswords</c>), nor one of them with
/// digits and symbols around it or said twice, nor a run along the alphabet or the keyboard, nor the
/// person's own email. The demo accounts of the Development environment are not held to these rules.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 15;

    /// <summary>Long enough for any passphrase, short enough that hashing it costs nothing.</summary>
    public const int MaxLength = 256;

    // Runs people type along a keyboard or count through; a password inside one, either way, is no secret.
    private static readonly string[] Runs =
    [
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "01234567890123456789012345678901234567890123456789",
        "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./",
        "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
    ];

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommonPasswords);

    /// <summary>Null when <paramref name="password"/> may be used, else what is wrong with it, in words its owner can act on.</summary>
    public static string? Problem(string? password, string? email)
    {
        password ??= "";
        if (password.Length < MinLength)
        {
            return $"Use at least {MinLength} characters: a few unrelated words make a passphrase that is long and easy to remember.";
        }

        if (password.Length > MaxLength)
        {
            return $"Use at most {MaxLength} characters.";
        }

        var lower = password.ToLowerInvariant();
        var core = lower.Trim(NotLetters(lower));
        if (Common.Value.Contains(lower) || Common.Value.Contains(core) || (IsRepeated(core, out var unit) && Common.Value.Contains(unit)))
        {
            return "This password is one of those people choose most, and the first ones an attacker tries. Choose a few unrelated words.";
        }

        if (IsRepeated(lower, out _) || IsRepeated(core, out _) || IsRun(lower))
        {
            return "A character or a run of characters repeated, or a row of the keyboard, is easy to guess. Choose a few unrelated words.";
        }

        var account = (email ?? "").Trim().ToLowerInvariant();
        if (account.Length > 0 && (core == account || core == account.Split('@')[0]))
        {
            return "Do not use your email address as your password.";
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> is a shorter text said at least twice, such as <c>abcabcabc</c>.</summary>
    private static bool IsRepeated(string text, out string unit)
    {
        for (var period = 1; period <= text.Length / 2; period++)
        {
            if (text.Length % period == 0 && string.Concat(Enumerable.Repeat(text[..period], text.Length / period)) == text)
            {
                unit = text[..period];
                return true;
            }
        }

        unit = text;
        return false;
    }

    private static bool IsRun(string text)
    {
        var reversed = new string([.. text.Reverse()]);
        return Runs.Any(run => run.Contains(text, StringComparison.Ordinal) || run.Contains(reversed, StringComparison.Ordinal));
    }

    private static char[] NotLetters(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];

    private static HashSet<string> LoadCommonPasswords()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("xato-net-10-million-passwords-1000.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var common = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                common.Add(line.ToLowerInvariant());
            }
        }

        return common;
    }
}
