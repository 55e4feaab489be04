using FluentValidation;

namespace ClaimLedger.Validation;

/// <summary>Rules shared by the validators, with their codes and messages in one place.</summary>
internal static class Rules
{
    internal static IRuleBuilderOptions<T, string?> Present<T>(this IRuleBuilder<T, string?> rule, string what) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithErrorCode(ErrorCodes.Required).WithMessage($"{what} must not be empty");

    internal static IRuleBuilderOptions<T, TId> Defined<T, TId>(this IRuleBuilder<T, TId> rule, Func<TId, bool> exists, string kind) =>
        rule.Must(exists).WithErrorCode(ErrorCodes.UnknownReference).WithMessage((_, id) => $"no {kind} '{id}' is defined");

    internal static IRuleBuilderOptions<T, TId> Assigned<T, TId>(this IRuleBuilder<T, TId> rule, string kind)
        where TId : struct =>
        rule.Must(id => id.ToString()!.Length > 0).WithErrorCode(ErrorCodes.Required).WithMessage($"the {kind} id must be set");

    internal static void EachPresent<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<string>>> names, string what) =>
        validator.RuleForEach(names).Present(what).Clean();

    /// <summary>Refuses lone surrogates and control characters other than tab, CR and LF (see <see cref="TextCheck"/>).</summary>
    internal static IRuleBuilderOptions<T, string?> Clean<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(TextCheck.IsClean).WithErrorCode(ErrorCodes.InvalidText).WithMessage((_, text) => TextCheck.Describe(text!));

    /// <summary>As <see cref="Clean{T}(IRuleBuilder{T, string?})"/>, for a required string.</summary>
    internal static IRuleBuilderOptions<T, string> CleanText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => TextCheck.IsClean(t)).WithErrorCode(ErrorCodes.InvalidText).WithMessage((_, text) => TextCheck.Describe(text));
}
