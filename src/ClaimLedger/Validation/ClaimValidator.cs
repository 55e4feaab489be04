using FluentValidation;

namespace ClaimLedger.Validation;

/// <summary>Checks a <see cref="Claim"/> against the ledger it is added to: its references, quote, relays and quantity.</summary>
internal sealed class ClaimValidator : AbstractValidator<Claim>
{
    internal ClaimValidator(ReferenceScope scope)
    {
        RuleFor(c => c.Id).Assigned("claim");
        RuleFor(c => c.Incident).Defined(scope.HasIncident, "incident");
        RuleFor(c => c.Stance).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue).WithMessage((_, s) => $"'{s}' is not a stance");
        RuleFor(c => c.Attribution).SetValidator(new AttributionValidator(scope));
        RuleFor(c => c.Proposition).SetValidator(new PropositionValidator(scope));
        RuleFor(c => c.Note).Clean();
        RuleFor(c => c.Quantity!.Unit).Clean().OverridePropertyName("Quantity").When(c => c.Quantity is not null);
        RuleFor(c => c.Quantity!.Wording).Clean().OverridePropertyName("Quantity").When(c => c.Quantity is not null);
        RuleFor(c => c.Attribution.StatedAfter!.Value).NotEqual(c => c.Id).WithErrorCode(ErrorCodes.RelayLoop)
            .WithMessage("a statement cannot come after itself").OverridePropertyName("Attribution.StatedAfter")
            .When(c => c.Attribution.StatedAfter is not null);
        RuleFor(c => c.Modality).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue).WithMessage((_, m) => $"'{m}' is not a modality");
        RuleFor(c => c.PartOf!.Value).Defined(scope.HasClaim, "claim").OverridePropertyName("PartOf").When(c => c.PartOf is not null);
        RuleFor(c => c.PartOf!.Value).NotEqual(c => c.Id).WithErrorCode(ErrorCodes.RelayLoop)
            .WithMessage("a claim cannot be part of itself").OverridePropertyName("PartOf").When(c => c.PartOf is not null);
        RuleFor(c => c.Quantity).Custom((quantity, context) =>
        {
            Predicate? predicate = scope.FindPredicate(context.InstanceToValidate.Proposition.Predicate);
            if (predicate is null)
            {
                return;
            }

            if (quantity is not null && predicate.Quantity == QuantityUse.None)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, $"the predicate '{predicate.Id}' takes no quantity", quantity.ToString())
                { ErrorCode = ErrorCodes.QuantityMismatch });
            }
            else if (quantity is null && predicate.Quantity == QuantityUse.Required)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, $"the predicate '{predicate.Id}' needs a quantity")
                { ErrorCode = ErrorCodes.QuantityMismatch });
            }
        });
    }

    internal sealed class AttributionValidator : AbstractValidator<Attribution>
    {
        internal AttributionValidator(ReferenceScope scope)
        {
            RuleFor(a => a.Speaker).Defined(scope.HasSource, "source");
            RuleFor(a => a.Voice).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue);
            RuleForEach(a => a.Relays).Defined(scope.HasSource, "source");
            RuleFor(a => a.Relays).Custom((relays, context) =>
            {
                var seen = new HashSet<SourceId> { context.InstanceToValidate.Speaker };
                for (int i = 0; i < relays.Length; i++)
                {
                    if (!seen.Add(relays[i]))
                    {
                        string why = relays[i] == context.InstanceToValidate.Speaker
                            ? $"the relay chain loops back to the speaker '{relays[i]}'"
                            : $"the relay chain names '{relays[i]}' twice";
                        context.AddFailure(new FluentValidation.Results.ValidationFailure($"{context.PropertyPath}[{i}]", why, relays[i].ToString())
                        { ErrorCode = ErrorCodes.RelayLoop });
                    }
                }
            });
            RuleFor(a => a.StatedAfter!.Value).Defined(scope.HasClaim, "claim").OverridePropertyName("StatedAfter").When(a => a.StatedAfter is not null);
            RuleFor(a => a.Quote).Must(q => !string.IsNullOrWhiteSpace(q)).When(a => a.Quote is not null)
                .WithErrorCode(ErrorCodes.EmptyQuote).WithMessage("a quote, when given, must not be empty");
            RuleForEach(a => a.Citations).Custom((citation, context) =>
            {
                foreach (var problem in CitationCheck.Problems(citation, context.InstanceToValidate))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure($"{context.PropertyPath}.{problem.Property}", problem.Message, problem.Value)
                    { ErrorCode = problem.Code });
                }
            });
            RuleFor(a => a.Withdrawn!.By!.Value).Defined(scope.HasSource, "source").OverridePropertyName("Withdrawn.By").When(a => a.Withdrawn?.By is not null);
            RuleFor(a => a.Quote).Clean();
        }
    }

    internal sealed class PropositionValidator : AbstractValidator<Proposition>
    {
        internal PropositionValidator(ReferenceScope scope)
        {
            RuleFor(p => p.Subject).NotNull().WithErrorCode(ErrorCodes.Required).WithMessage("a proposition needs a subject")
                .Must(scope.Resolves).WithErrorCode(ErrorCodes.UnknownReference).WithMessage((_, t) => $"the subject '{t}' names nothing the ledger defines");
            RuleFor(p => p.Predicate).Defined(id => scope.FindPredicate(id) is not null, "predicate");
            RuleFor(p => p.Object).Must(scope.Resolves).WithErrorCode(ErrorCodes.UnknownReference)
                .WithMessage((_, t) => $"the object '{t}' names nothing the ledger defines");
            RuleFor(p => p.Place!.Value).Defined(scope.HasPlace, "place").OverridePropertyName("Place").When(p => p.Place is not null);
            RuleFor(p => p.Subject!.Value).Clean().OverridePropertyName("Subject").When(p => p.Subject is { Kind: TermKind.Text });
            RuleFor(p => p.Object!.Value).Clean().OverridePropertyName("Object").When(p => p.Object is { Kind: TermKind.Text });
        }
    }
}
