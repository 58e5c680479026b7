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

    /// <summary>A chosen value (an enum from a drop-down, a number) that must be present and, for enums, defined.</summary>
    public static T Required<T>(T? value, string field)
        where T : struct
    {
        if (value is not { } present)
        {
            throw new BusinessException(CoreErrorCodes.Required, ErrorKind.Validation, new Dictionary<string, object?> { ["field"] = field }, field);
        }

        if (typeof(T).IsEnum && !Enum.IsDefined(typeof(T), present))
        {
            throw new BusinessException(CoreErrorCodes.InvalidValue, ErrorKind.Validation, new Dictionary<string, object?> { ["field"] = field }, field);
        }

        return present;
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
