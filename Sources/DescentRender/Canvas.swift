import CCairo
import Descent
