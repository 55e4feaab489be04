using FluentValidation;

namespace ClaimLedger.Validation;

/// <summary>Checks a <see cref="Party"/> against the ledger it is added to.</summary>
internal sealed class PartyValidator : AbstractValidator<Party>
{
    internal PartyValidator(ReferenceScope scope)
    {
        RuleFor(p => p.Id).Assigned("party");
        RuleFor(p => p.Name).Present("a party's name").Clean();
        this.EachPresent(p => p.Aliases, "an alias");
        RuleForEach(p => p.AlignedWith).Defined(scope.HasParty, "party");
    }
}

/// <summary>Checks a <see cref="Source"/> against the ledger it is added to.</summary>
internal sealed class SourceValidator : AbstractValidator<Source>
{
    internal SourceValidator(ReferenceScope scope)
    {
        RuleFor(s => s.Id).Assigned("source");
        RuleFor(s => s.Name).Present("a source's name").Clean();
        RuleFor(s => s.Note).Clean();
        this.EachPresent(s => s.NameVariants, "a name variant");
        RuleFor(s => s.Kind).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue).WithMessage((_, k) => $"'{k}' is not a source kind");
        RuleFor(s => s.Party!.Value).Defined(scope.HasParty, "party").OverridePropertyName("Party").When(s => s.Party is not null);
    }
}

/// <summary>Checks a <see cref="Place"/> against the ledger it is added to.</summary>
internal sealed class PlaceValidator : AbstractValidator<Place>
{
    internal PlaceValidator(ReferenceScope scope)
    {
        RuleFor(p => p.Id).Assigned("place");
        RuleFor(p => p.Name).Present("a place's name").Clean();
        RuleFor(p => p.Kind).Clean();
        this.EachPresent(p => p.Aliases, "an alias");
        RuleFor(p => p.Parent!.Value).Defined(scope.HasPlace, "place").OverridePropertyName("Parent").When(p => p.Parent is not null);
        RuleFor(p => p.Coordinates!.Value.Latitude).InclusiveBetween(-90, 90).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage((_, v) => $"latitude {v} is outside -90 to 90").OverridePropertyName("Coordinates.Latitude").When(p => p.Coordinates is not null);
        RuleFor(p => p.Coordinates!.Value.Longitude).InclusiveBetween(-180, 180).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage((_, v) => $"longitude {v} is outside -180 to 180").OverridePropertyName("Coordinates.Longitude").When(p => p.Coordinates is not null);
    }
}

/// <summary>Checks a <see cref="Predicate"/> against the ledger it is added to.</summary>
internal sealed class PredicateValidator : AbstractValidator<Predicate>
{
    internal PredicateValidator(ReferenceScope scope)
    {
        RuleFor(p => p.Id).Assigned("predicate");
        RuleFor(p => p.Label).Present("a predicate's label").Clean();
        RuleFor(p => p.Description).Clean();
        RuleFor(p => p.Cardinality).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue);
        RuleFor(p => p.Quantity).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue);
        RuleFor(p => p.Counts).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue);
        RuleForEach(p => p.Opposites).ChildRules(pair =>
        {
            pair.RuleFor(o => o.First).Present("an opposite label").Clean();
            pair.RuleFor(o => o.Second).Present("an opposite label").Clean();
            pair.RuleForEach(o => o.FirstEntails).ChildRules(entailment => Entailed(entailment, scope));
            pair.RuleForEach(o => o.SecondEntails).ChildRules(entailment => Entailed(entailment, scope));
        });
        RuleForEach(p => p.Entails).ChildRules(entailment => Entailed(entailment, scope));

        // A wording names one notion and takes its semantics from it, so the semantics live in one place.
        RuleFor(p => p.InverseOf).Null().WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("a predicate is the same as one predicate or the inverse of one, not both").When(p => p.SameAs is not null);
        RuleFor(p => p.SameAs!.Value).Defined(id => scope.FindPredicate(id) is not null, "predicate").OverridePropertyName("SameAs").When(p => p.SameAs is not null);
        RuleFor(p => p.InverseOf!.Value).Defined(id => scope.FindPredicate(id) is not null, "predicate").OverridePropertyName("InverseOf").When(p => p.InverseOf is not null);
        RuleFor(p => p).Must(p => !WordsItself(scope, p)).WithErrorCode(ErrorCodes.ParentLoop).OverridePropertyName("SameAs")
            .WithMessage(p => $"the predicate '{p.Id}' is a wording of itself through a chain of 'sameAs'/'inverseOf'").When(p => p.IsWording);
        RuleFor(p => p).Must(p => p.Cardinality == PredicateCardinality.Many && p.Counts == CountKind.Event && p.Opposites.IsDefaultOrEmpty && p.Entails.IsDefaultOrEmpty)
            .WithErrorCode(ErrorCodes.InvalidValue).OverridePropertyName("SameAs")
            .WithMessage(p => $"the predicate '{p.Id}' is a wording of '{p.SameAs ?? p.InverseOf}' and takes its cardinality, count kind, opposites and entailments from it: declare none of its own")
            .When(p => p.IsWording);
    }

    // An entailment names a predicate the ledger holds and gives the entailed proposition a subject.
    private static void Entailed(InlineValidator<Entailment> entailment, ReferenceScope scope)
    {
        entailment.RuleFor(e => e.Predicate).Defined(id => scope.FindPredicate(id) is not null, "predicate");
        entailment.RuleFor(e => e.Subject).IsInEnum().NotEqual(EntailedTerm.Nothing).WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("an entailed proposition needs a subject: expected 'subject' or 'object'");
        entailment.RuleFor(e => e.Object).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue);
    }

    private static bool WordsItself(ReferenceScope scope, Predicate predicate)
    {
        var seen = new HashSet<PredicateId> { predicate.Id };
        Predicate? current = predicate;
        while (current?.IsWording == true)
        {
            PredicateId next = current.SameAs ?? current.InverseOf!.Value;
            if (!seen.Add(next))
            {
                return true;
            }

            current = scope.FindPredicate(next);
        }

        return false;
    }
}

/// <summary>Checks an <see cref="Incident"/> against the ledger it is added to.</summary>
internal sealed class IncidentValidator : AbstractValidator<Incident>
{
    internal IncidentValidator(ReferenceScope scope)
    {
        RuleFor(i => i.Id).Assigned("incident");
        RuleFor(i => i.Title).Present("an incident's title").Clean();
        RuleFor(i => i.Summary).Clean();
        RuleFor(i => i.Note).Clean();
        RuleForEach(i => i.Places).Defined(scope.HasPlace, "place");
        this.EachPresent(i => i.Tags, "a tag");
    }
}
