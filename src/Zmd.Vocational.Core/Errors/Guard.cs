namespace Zmd.Vocational.Core.Errors;

/// <summary>Input checks that throw business errors with the field named, so every module reports
/// a missing or over-long value the same way.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new BusinessException(CoreErrorCodes.Required, ErrorKind.Validation, new Dictionary<string, object?> { ["field"] = field }, field);
        }

        return MaxLength(trimmed, field, maxLength)!;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, field, maxLength);
    }

    private static string? MaxLength(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new BusinessException(CoreErrorCodes.TooLong, ErrorKind.Validation,
                new Dictionary<string, object?> { ["field"] = field, ["max"] = maxLength }, field);
        }

        return value;
    }
}
