Console.WriteLine("ClaimLedger sample");
