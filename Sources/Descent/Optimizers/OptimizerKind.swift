/// The optimizers of PyTorch's `torch.optim` that descent implements, by their PyTorch names.
public enum OptimizerKind: String, CaseIterable, Sendable, Codable {
    /// `torch.optim.SGD`, `Adagrad`, `RMSprop`, `Adadelta`, `Adam`, `AdamW`, `NAdam`, `RAdam` and `Adamax`.
    case sgd, adagrad, rmsprop, adadelta, adam, adamw, nadam, radam, adamax

    /// The name PyTorch's documentation uses (`SGD`, `RMSprop`, ...), for legends.
    public var displayName: String {
        switch self {
        case .sgd: "SGD"
        case .adagrad: "Adagrad"
        case .rmsprop: "RMSprop"
        case .adadelta: "Adadelta"
        case .adam: "Adam"
        case .adamw: "AdamW"
        case .nadam: "NAdam"
        case .radam: "RAdam"
        case .adamax: "Adamax"
        }
    }
}
