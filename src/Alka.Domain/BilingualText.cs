using System.Text.Json.Serialization;
using Alka.Domain.Validation;

namespace Alka.Domain;

/// <summary>A name or a short text in English and in Hebrew; both are required.</summary>
/// <remarks>
/// Immutable and thread-safe. Equality is ordinal on both texts. The Hebrew text follows the source document where
/// the source is Hebrew; the English text is the institute's own rendering.
/// </remarks>
public sealed class BilingualText : IEquatable<BilingualText>
{
    // Unchecked: JSON comes here, and is validated after reading.
    [JsonConstructor]
    internal BilingualText(string english, string hebrew)
    {
        English = english;
        Hebrew = hebrew;
    }

    /// <summary>Creates a text from its English and Hebrew forms.</summary>
    /// <param name="english">The English text; not blank.</param>
    /// <param name="hebrew">The Hebrew text; not blank.</param>
    /// <exception cref="ArgumentException">Either text is null or blank (a programmer error).</exception>
    public static BilingualText Create(string english, string hebrew)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        ArgumentException.ThrowIfNullOrWhiteSpace(hebrew);
        return new BilingualText(english, hebrew);
    }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <summary>The Hebrew text.</summary>
    public string Hebrew { get; }

    /// <inheritdoc/>
    public bool Equals(BilingualText? other) =>
        other is not null && English == other.English && Hebrew == other.Hebrew;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BilingualText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(English, Hebrew);

    /// <summary>Returns <c>English / Hebrew</c>.</summary>
    public override string ToString() => $"{English} / {Hebrew}";

    internal static void ValidateOptional(BilingualText? text, Problems problems, string path)
    {
        if (text is not null)
        {
            Validate(text, problems, path);
        }
    }

    internal static void Validate(BilingualText? text, Problems problems, string path)
    {
        if (problems.Required(text, path))
        {
            problems.Required(text!.English, At.Member(path, "english"));
            problems.Required(text.Hebrew, At.Member(path, "hebrew"));
        }
    }
}
